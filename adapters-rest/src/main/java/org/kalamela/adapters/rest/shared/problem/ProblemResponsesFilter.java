package org.kalamela.adapters.rest.shared.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.kalamela.domain.shared.error.ErrorCode;

/**
 * Gives every operation of the API its error responses, in one place rather than per endpoint: whatever an
 * endpoint declares is kept (with its codes in the description), and the standard problems are added where
 * they apply. Every error response is {@code application/problem+json} with the {@code Problem} schema.
 *
 * <ul>
 *   <li>every operation: 500 {@code INTERNAL_ERROR};</li>
 *   <li>with parameters or a body: 400 {@code VALIDATION_FAILED} (a body also {@code MALFORMED_BODY},
 *       {@code UNKNOWN_FIELD}, and 415 {@code UNSUPPORTED_MEDIA_TYPE});</li>
 *   <li>needing a token (a security requirement): 401 {@code UNAUTHENTICATED} and 403 {@code FORBIDDEN};</li>
 *   <li>with a path parameter: 404 {@code NOT_FOUND} (also "not yours");</li>
 *   <li>changing something (POST, PUT, PATCH, DELETE) under a token: 409, a business rule forbids it.</li>
 * </ul>
 *
 * Every code a description names is followed by its meaning from the catalogue ({@link ErrorCode}), so the
 * document explains the codes in the words of {@code docs/api.md}; a test reads each named code against the
 * catalogue's statuses.
 *
 * <p>It runs when the application starts, after Quarkus has added the security requirements of the
 * {@code @RolesAllowed} methods, so that "needs a token" is read from the document itself.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ensureProblemSchema(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> addProblems(path, method, operation, securedByDefault)));
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation,
                                    boolean securedByDefault) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean secured = operation.getSecurity() == null ? securedByDefault : !operation.getSecurity().isEmpty();
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;

        Map<String, String> standard = new LinkedHashMap<>();
        if (hasBody) {
            standard.put("400", ErrorCode.VALIDATION_FAILED + " (invalid fields, listed in `errors`), "
                    + ErrorCode.MALFORMED_BODY + ", " + ErrorCode.UNKNOWN_FIELD);
            standard.put("415", ErrorCode.UNSUPPORTED_MEDIA_TYPE.code());
        } else if (hasParameters) {
            standard.put("400", ErrorCode.VALIDATION_FAILED + " (the parameter is named in `errors`)");
        }
        if (secured) {
            standard.put("401", ErrorCode.UNAUTHENTICATED + " (no access token, or an invalid or expired one)");
            standard.put("403", ErrorCode.FORBIDDEN + " (the role does not allow it)");
        }
        if (path.contains("{")) {
            standard.put("404", ErrorCode.NOT_FOUND + " (no such object, or not yours)");
        }
        if (changes && secured) {
            standard.put("409", "a business rule forbids it (the codes are in docs/api.md)");
        }
        standard.put("500", ErrorCode.INTERNAL_ERROR + " (an incident id, also in the server log)");

        standard.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (isError(status)) {
                problemContent(response);
                response.setDescription(ErrorCodeMeanings.explain(response.getDescription()));
            }
        });
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    private static void problemContent(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        if (!response.getContent().hasMediaType(Problem.MEDIA_TYPE)) {
            response.getContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("A problem; switch on its `code`");
        }
    }

    private static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() != null && components.getSchemas().containsKey(PROBLEM_SCHEMA)) {
            return;
        }
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string).addProperty("message", string);
        components.addSchema(PROBLEM_SCHEMA, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; switch on `code`, not on the text")
                .addProperty("type", string).addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string).addProperty("code", string)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)));
    }
}
