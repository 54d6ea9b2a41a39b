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
 * from an earlier answer ({@link PillJsonCache}) followed by its photos ({@code image_urls} and
 * {@code photos}), or, when none is kept, the DTO itself.
 */
@JsonSerialize(using = PillJson.Writer.class)
public final class PillJson {

    /** The pill's JSON up to the value of its photo URLs: {@code {"id":1,…,"image_urls":}. */
    private final SerializableString fields;
    private final List<PhotoDto> photos;
    private final PillDto dto;

    private PillJson(SerializableString fields, List<PhotoDto> photos, PillDto dto) {
        this.fields = fields;
        this.photos = photos;
        this.dto = dto;
    }

    /** The kept fields followed by these photos, as a search answer gives them ({@link PhotoDto#of}). */
    static PillJson kept(SerializableString fields, List<PhotoDto> photos) {
        return new PillJson(fields, photos, null);
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
            StringBuilder rest = new StringBuilder(20 + 400 * pill.photos.size()).append('[');
            for (int i = 0; i < pill.photos.size(); i++) {
                string(rest.append(i == 0 ? "" : ","), pill.photos.get(i).url());
            }
            rest.append("],\"photos\":[");
            for (int i = 0; i < pill.photos.size(); i++) {
                PhotoDto photo = pill.photos.get(i);
                string(rest.append(i == 0 ? "{\"url\":" : ",{\"url\":"), photo.url());
                string(rest.append(",\"thumbnail_url\":"), photo.thumbnailUrl());
                string(rest.append(",\"attribution\":"), photo.attribution());
                if (photo.license() != null) {
                    string(rest.append(",\"license\":"), photo.license());
                }
                rest.append('}');
            }
            out.writeRaw(rest.append("]}").toString());
        }

        private static void string(StringBuilder json, String value) {
            if (value == null) {
                json.append("null");
                return;
            }
            json.append('"');
            JsonStringEncoder.getInstance().quoteAsString(value, json);
            json.append('"');
        }
    }
}
