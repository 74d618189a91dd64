package org.kalamela.bootstrap.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;

/** Registrations racing each other: numbers stay unique and a unit still gets one account. */
@QuarkusTest
class ConcurrentRegistrationApiTest {

    private static final int RACERS = 8;

    private final RegistryApi registry = new RegistryApi();

    private static Callable<Response> registration(long district, long unit) {
        Map<String, Object> form = Map.of("districtId", district, "unitId", unit, "phone", RegistryApi.aPhone(),
                "email", RegistryApi.anEmail(), "password", RegistryApi.PASSWORD);
        return () -> Api.newClient().request().body(form).post("/api/v1/auth/register-unit");
    }

    private static List<Response> race(List<Callable<Response>> calls)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentRegistrationsOfDifferentUnitsGetDistinctNumbers() throws Exception {
        long district = registry.district();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            calls.add(registration(district, registry.unitName(district)));
        }

        List<Response> answers = race(calls);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(201));
        assertThat(answers.stream().map(answer -> answer.jsonPath().getString("registrationNumber")).distinct())
                .hasSize(RACERS);
    }

    @Test
    void concurrentRegistrationsOfOneUnitCreateOneAccount() throws Exception {
        long district = registry.district();
        long unit = registry.unitName(district);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            calls.add(registration(district, unit));
        }

        List<Response> answers = race(calls);

        assertThat(answers.stream().filter(answer -> answer.statusCode() == 201)).hasSize(1);
        assertThat(answers.stream().filter(answer -> answer.statusCode() != 201))
                .allSatisfy(answer -> assertThat(answer.jsonPath().getString("code"))
                        .isEqualTo("UNIT_ALREADY_REGISTERED"));
    }
}
