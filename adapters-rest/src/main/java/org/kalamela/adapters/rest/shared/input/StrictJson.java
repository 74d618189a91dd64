package org.kalamela.adapters.rest.shared.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.OptionalInt;
import org.kalamela.domain.shared.validation.ControlCharacters;

/**
 * The one place where text enters from JSON bodies: every string field of every request is read here. A
 * string must be a JSON string ({@code {"name":123}} or {@code true} is a field error, not "123"), and it
 * may not carry control characters other than tab and line breaks ({@link ControlCharacters#checkText}).
 * Dates and instants are read from text only: {@code "dateOfBirth":1700000000} is not a day counted from
 * 1970 but a field error. Numbers and flags come only from JSON numbers and booleans. All these refusals
 * are {@link MismatchedInputException}s, so {@link JsonProcessingMapper} names the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("kalamela-strict-strings");
        module.addDeserializer(String.class, new StrictStringDeserializer());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return description.getBeanClass().getName().startsWith("java.time.")
                        ? new TextOnly(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
        // Numbers and flags only from their own JSON types: "3" is not 3, 2.9 is not 2, "false" and 0 are not
        // false. Jackson's defaults coerce all of these silently.
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    }

    /** A string value that has a control character; the message says which, never the value. */
    public static final class ControlCharacterInString extends MismatchedInputException {

        ControlCharacterInString(JsonParser parser, String message) {
            super(parser, message, String.class);
        }
    }

    /** A java.time value, read by Jackson's own deserializer, but only from a JSON string. */
    static final class TextOnly extends DelegatingDeserializer {

        TextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return _delegatee.deserialize(parser, context);
        }
    }

    static final class StrictStringDeserializer extends StdScalarDeserializer<String> {

        StrictStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            OptionalInt bad = ControlCharacters.firstIn(text, true);
            if (bad.isPresent()) {
                throw new ControlCharacterInString(parser, ControlCharacters.message(text, bad.getAsInt()));
            }
            return text;
        }
    }
}
