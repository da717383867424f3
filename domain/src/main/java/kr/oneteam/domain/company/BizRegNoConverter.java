package kr.oneteam.domain.company;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link BizRegNo} as its text; a stored value that no longer checks out fails loudly on read. */
@Converter(autoApply = true)
public class BizRegNoConverter implements AttributeConverter<BizRegNo, String> {

    @Override
    public String convertToDatabaseColumn(BizRegNo number) {
        return number == null ? null : number.value();
    }

    @Override
    public BizRegNo convertToEntityAttribute(String column) {
        return column == null ? null : BizRegNo.parse(column);
    }
}
