package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * The help overlay of the decision keys: every binding of {@link DecisionKeys} with what it does, and
 * where the keys work. Closed with Esc or its button; focus returns to where it was (Vaadin's Dialog).
 */
class ShortcutHelp extends Dialog {

    ShortcutHelp(List<DecisionKeys.Binding> bindings) {
        setId("shortcut-help");
        setHeaderTitle(getTranslation("keys.title"));
        getElement().setAttribute("aria-label", getTranslation("keys.title"));
        Paragraph where = new Paragraph(getTranslation("keys.where"));
        DescriptionList list = new DescriptionList();
        list.setId("shortcut-list");
        list.addClassName("shortcut-list");
        for (DecisionKeys.Binding binding : bindings) {
            list.add(new DescriptionList.Term(binding.shown()),
                    new DescriptionList.Description(getTranslation(binding.labelKey())));
        }
        add(where, list);
        Button close = new Button(getTranslation("keys.close"), click -> close());
        close.setId("shortcut-help-close");
        getFooter().add(close);
    }
}
