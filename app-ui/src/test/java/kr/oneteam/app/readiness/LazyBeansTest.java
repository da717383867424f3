package kr.oneteam.app.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kr.oneteam.app.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application creates its beans lazily (decision 142), so a bean that cannot be created would only show when
 * something first asks for it — in production, on a user's request. This test asks for every singleton the
 * context defines, so that such a bean fails here, with its name.
 */
@ApiTest
class LazyBeansTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Value("${spring.main.lazy-initialization:false}")
    boolean lazy;

    @Test
    void the_application_starts_lazily_as_in_production() {
        assertThat(lazy).as("spring.main.lazy-initialization of application.properties").isTrue();
    }

    @Test
    void every_singleton_bean_can_be_created() {
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        List<String> failed = new ArrayList<>();
        int created = 0;
        for (String name : beans.getBeanDefinitionNames()) {
            BeanDefinition definition = beans.getBeanDefinition(name);
            if (definition.isAbstract() || !definition.isSingleton()) {
                continue; // Vaadin's UI- and route-scoped beans, prototypes: made per UI or per use
            }
            try {
                beans.getBean(name);
                created++;
            } catch (RuntimeException e) {
                failed.add(name + ": " + e.getMessage());
            }
        }
        assertThat(failed).as("beans that cannot be created").isEmpty();
        assertThat(created).isGreaterThan(100);
    }
}
