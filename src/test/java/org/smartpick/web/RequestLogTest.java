package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLogTest {
    @Test
    void aLineIsKeyValuePairsOfMethodPathStatusAndTime() {
        assertThat(WebApp.requestLine("POST", "/api/recommendations", 200, 28.46f))
                .isEqualTo("request method=POST path=/api/recommendations status=200 ms=28.5");
    }

    @Test
    void planTokensAreMaskedInApiAndPagePaths() {
        String token = "q3Jk7xY0bC9mZ1vT2uW4sR6pL8nH5dF3aG7eK0jM1oQ";
        assertThat(WebApp.requestLine("GET", "/api/plans/" + token, 404, 1f))
                .doesNotContain(token)
                .contains("path=/api/plans/… ");
        assertThat(WebApp.requestLine("GET", "/plans/" + token, 200, 1f))
                .doesNotContain(token)
                .contains("path=/plans/… ");
    }
}
