package kr.oneteam.app.intake;

import kr.oneteam.domain.company.BizRegNo;

/** Whether a text is a business-registration number whose check digit holds; the domain's value type decides. */
final class BizRegNoCheck {

    private BizRegNoCheck() {
    }

    static boolean holds(String text) {
        return text.equals(text.trim()) && BizRegNo.isValid(text);
    }
}
