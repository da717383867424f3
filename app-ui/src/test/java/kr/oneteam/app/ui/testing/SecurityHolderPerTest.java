package kr.oneteam.app.ui.testing;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before every test method of every Spring test, points the static security holder at that test's own
 * context ({@link TestSecurity#use}). Contexts are cached and live side by side in one JVM, and each installs
 * its strategy in the static holder when it starts; without this a test that reads who is signed in (directly
 * or through a service) saw the strategy of whichever context started last, and passed or failed by the order
 * the suite ran in. Registered in META-INF/spring.factories, so no test has to remember it.
 */
public class SecurityHolderPerTest extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // After dependency injection (2000), so the context is loaded; before the test's own @BeforeEach.
        return Ordered.LOWEST_PRECEDENCE - 100;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            TestSecurity.use(testContext.getApplicationContext());
        }
    }
}
