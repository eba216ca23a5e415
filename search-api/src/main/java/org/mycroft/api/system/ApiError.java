package org.mycroft.api.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Body of every JSON error: a code, a message for people, and the parameter at fault if any. */
public record ApiError(int status, String error, String message, String parameter) {

    /** The error as a JSON response, for every controller that answers in the API's shape. */
    public static ResponseEntity<ApiError> response(HttpStatus status, String message, String parameter) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), status.getReasonPhrase(), message, parameter));
    }
}
