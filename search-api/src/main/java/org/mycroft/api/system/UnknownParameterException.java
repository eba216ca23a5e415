package org.mycroft.api.system;


/** A parameter the endpoint does not accept at all (as opposed to a bad value of a known one); still a 400. */
public class UnknownParameterException extends InvalidParameterException {

    public UnknownParameterException(String parameter, String message) {
        super(parameter, message);
    }
}
