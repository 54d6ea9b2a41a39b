package dev.pillid.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

final class CatalogProducers {

    @Produces
    @Singleton
    Vocabularies vocabularies(ObjectMapper json) {
        return Vocabularies.bundled(json);
    }
}
