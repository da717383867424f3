package kr.oneteam.domain.persistence;

import jakarta.persistence.Converter;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.DataDomain;
import kr.oneteam.domain.vocabulary.SupplierRole;
import kr.oneteam.domain.vocabulary.Theme;
import kr.oneteam.domain.vocabulary.ValueChain;

/** One concrete converter per enum set that the model stores (JPA needs a concrete class per type). */
public final class VocabularySetConverters {

    private VocabularySetConverters() {
    }

    @Converter
    public static class Categories extends EnumSetConverter<Category> {
        public Categories() {
            super(Category.class);
        }
    }

    @Converter
    public static class Themes extends EnumSetConverter<Theme> {
        public Themes() {
            super(Theme.class);
        }
    }

    @Converter
    public static class ValueChains extends EnumSetConverter<ValueChain> {
        public ValueChains() {
            super(ValueChain.class);
        }
    }

    @Converter
    public static class SupplierRoles extends EnumSetConverter<SupplierRole> {
        public SupplierRoles() {
            super(SupplierRole.class);
        }
    }

    @Converter
    public static class DataDomains extends EnumSetConverter<DataDomain> {
        public DataDomains() {
            super(DataDomain.class);
        }
    }
}
