package org.mycroft.web.system;

/**
 * View model of {@code error/error.hbs}. {@code parameter} and {@code detail} describe a bad
 * request: the parameter at fault and the API's own (English) explanation; {@code hint} is the
 * expected form of that parameter in the UI language.
 */
public record ErrorPage(int status, String parameter, String hint, String detail, boolean unknownParameter) {

    public boolean badRequest() {
        return status == 400;
    }

    public boolean notFound() {
        return status == 404;
    }

    public boolean unavailable() {
        return status == 503;
    }

    public boolean serverError() {
        return status >= 500 && status != 503;
    }

    /** Any other status (405, 406, 413…): a generic message with the code. */
    public boolean other() {
        return !badRequest() && !notFound() && !serverError() && !unavailable();
    }
}
