package org.mycroft.api.country;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The State's part of the directory of competent authorities, for the country profile's JSON twin.
 * The directory lives in the curation database, which this module does not depend on: the module
 * that holds the directory (the frontend, over curation) implements this, deciding from the
 * request what the reader may see and marking the response accordingly (an answer that depends on
 * who asks must not be cached for someone else). Without an implementation the profile has no
 * directory.
 */
public interface CountryDirectory {

    CountryProfile.Directory of(String iso3, String lang, HttpServletRequest request, HttpServletResponse response);
}
