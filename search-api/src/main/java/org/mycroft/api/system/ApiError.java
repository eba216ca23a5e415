package org.mycroft.api.system;

/** Body of every JSON error: a code, a message for people, and the parameter at fault if any. */
public record ApiError(int status, String error, String message, String parameter) {}
