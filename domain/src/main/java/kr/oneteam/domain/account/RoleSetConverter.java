package kr.oneteam.domain.account;

import jakarta.persistence.Converter;
import kr.oneteam.domain.persistence.EnumSetConverter;

@Converter
public class RoleSetConverter extends EnumSetConverter<Role> {
    public RoleSetConverter() {
        super(Role.class);
    }
}
