package org.mycroft.api.country;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/countries/{iso3}}: the JSON twin of the country profile {@code /countries/{iso3}}. */
@RestController
record CountryController(CountryService countries, ObjectProvider<CountryDirectory> directory) {

    @Operation(operationId = "country", summary = "A State's profile: its legislation, cases and the articles they cover, its"
            + " competent authorities, treaties and arrangements, and its latest update",
            description = "directory: the State's competent authorities (id, url, api_url, authority_type, names, last_updated,"
                    + " restricted_fields), the treaties and arrangements their entries name, and the day they were last updated."
                    + " It lists public entries and fields only, unless the request is signed in with the authority role or a"
                    + " curator role; a restricted entry is absent for the public, as on the country page, and an answer that"
                    + " holds restricted data is sent with Cache-Control: private, no-store. last_updated: the day of the State's"
                    + " latest update across its laws, cases and directory.")
    @GetMapping(value = "/api/countries/{iso3}", produces = MediaType.APPLICATION_JSON_VALUE)
    CountryProfile profile(@PathVariable String iso3, HttpServletRequest request, HttpServletResponse response) {
        CountryProfile profile = countries.profile(iso3, request.getParameterMap());
        CountryDirectory states = directory.getIfAvailable();
        return states == null ? profile : profile.withDirectory(states.of(profile.country(), profile.lang(), request, response));
    }
}
