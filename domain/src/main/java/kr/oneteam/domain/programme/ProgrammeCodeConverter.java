package kr.oneteam.domain.programme;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ProgrammeCodeConverter implements AttributeConverter<ProgrammeCode, String> {

    @Override
    public String convertToDatabaseColumn(ProgrammeCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public ProgrammeCode convertToEntityAttribute(String column) {
        return column == null ? null : ProgrammeCode.of(column);
    }
}
