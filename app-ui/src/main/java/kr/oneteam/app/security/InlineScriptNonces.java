package kr.oneteam.app.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/** Puts this request's {@link CspNonce} on every inline script of Vaadin's bootstrap page. */
@Component
class InlineScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request) {
                String nonce = CspNonce.of(request.getHttpServletRequest());
                page.getDocument().select("script:not([src])").attr("nonce", nonce);
            }
        });
    }
}
