package dev.pillid.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.io.IOException;
import java.util.List;

/**
 * A pill in a search answer, written as {@link PillDto} is: either the JSON of its fields kept
 * from an earlier answer ({@link PillJsonCache}) followed by its photo URLs, or, when none is
 * kept, the DTO itself.
 */
@JsonSerialize(using = PillJson.Writer.class)
public final class PillJson {

    /** The pill's JSON up to the value of its last field, the photo URLs: {@code {"id":1,…,"image_urls":}. */
    private final SerializableString fields;
    private final List<String> imageUrls;
    private final PillDto dto;

    private PillJson(SerializableString fields, List<String> imageUrls, PillDto dto) {
        this.fields = fields;
        this.imageUrls = imageUrls;
        this.dto = dto;
    }

    static PillJson kept(SerializableString fields, List<String> imageUrls) {
        return new PillJson(fields, imageUrls, null);
    }

    static PillJson of(PillDto dto) {
        return new PillJson(null, null, dto);
    }

    public static final class Writer extends JsonSerializer<PillJson> {

        @Override
        public void serialize(PillJson pill, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (pill.fields == null) {
                provider.defaultSerializeValue(pill.dto, out);
                return;
            }
            // The kept fields are a value in the generator's eyes; the rest of the object follows them as it is.
            out.writeRawValue(pill.fields);
            StringBuilder rest = new StringBuilder(2 + 80 * pill.imageUrls.size()).append('[');
            for (int i = 0; i < pill.imageUrls.size(); i++) {
                rest.append(i == 0 ? "\"" : ",\"");
                JsonStringEncoder.getInstance().quoteAsString(pill.imageUrls.get(i), rest);
                rest.append('"');
            }
            out.writeRaw(rest.append("]}").toString());
        }
    }
}
