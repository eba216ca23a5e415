package org.mycroft.api.country;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.mycroft.api.system.RequestParameters;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/countries/{iso3}}: the JSON twin of the country profile {@code /countries/{iso3}}. */
@RestController
class CountryController {

    private final CountryService countries;

    CountryController(CountryService countries) {
        this.countries = countries;
    }

    @Operation(operationId = "country", summary = "A State's profile: its legislation, cases and the articles they cover")
    @GetMapping(value = "/api/countries/{iso3}", produces = MediaType.APPLICATION_JSON_VALUE)
    CountryProfile profile(@PathVariable String iso3, HttpServletRequest request) {
        RequestParameters params = RequestParameters.of(request.getParameterMap(), CountryService.PARAMETERS);
        return countries.profile(iso3, params.lang());
    }
}
