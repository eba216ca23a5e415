package org.mycroft.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The API alone, for tests (the real application lives in the app module). */
@SpringBootApplication(scanBasePackages = "org.mycroft.api")
public class TestApiApplication {}
