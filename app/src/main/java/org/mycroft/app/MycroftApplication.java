package org.mycroft.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The portal: JSON API (search-api) and pages (frontend) over one Solr connection. */
@SpringBootApplication(scanBasePackages = "org.mycroft")
public class MycroftApplication {

    public static void main(String[] args) {
        SpringApplication.run(MycroftApplication.class, args);
    }
}
