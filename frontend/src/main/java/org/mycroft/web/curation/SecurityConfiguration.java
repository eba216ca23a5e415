package org.mycroft.web.curation;

import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;

/**
 * Who may do what. Every GET that exists today (pages, JSON API, CSV) stays public and needs no
 * session; the curators' workspace under {@code /curation} needs a signed-in account, and each
 * write is checked again by role in the curation workflow. CSRF protection is Spring Security's
 * default: every POST (only the login, logout and curation forms exist) must carry the token; the
 * read-only JSON API only has GETs, which CSRF leaves alone.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /**
     * GET and HEAD on {@code /api/**}: public reads that never depend on who asks, except the
     * directory and the country profiles, which show restricted authorities to signed-in readers
     * and so stay on the pages' chain with its session. Every other method (a write) goes to that
     * chain too, where it needs a signed-in role and the CSRF token.
     */
    static final RequestMatcher PUBLIC_API_READS = RequestMatchers.allOf(
            RequestMatchers.anyOf(api(HttpMethod.GET, "/api/**"), api(HttpMethod.HEAD, "/api/**")),
            RequestMatchers.not(RequestMatchers.anyOf(api(null, "/api/directory/**"), api(null, "/api/countries/**"))));

    private static RequestMatcher api(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /**
     * The public reads' chain ({@link #PUBLIC_API_READS}): no session, no security context read from
     * one, no CSRF token, no saved request, no logout or servlet-API wrapping. A search paid for every
     * filter of the pages' chain it could never use; the response headers stay the pages' own.
     * Ordered after the admin chain (1), before the pages' chain, which takes everything else.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicApiReadsChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC_API_READS)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .servletApi(api -> api.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountService accounts) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/curation/accounts/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/curation/**").hasRole(Role.CONTRIBUTOR.name())
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(new LoginOutcomes.Success(accounts))
                        .failureHandler(new LoginOutcomes.Failure(accounts)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                // A new session id at login: a session id planted before it is worth nothing after.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // Public pages and the API set their own headers and stay cacheable; curation pages say no-store themselves.
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /** Accounts from the curation database; a role includes the roles below it (admin ⊃ reviewer ⊃ contributor). */
    @Bean
    UserDetailsService userDetailsService(AccountService accounts) {
        return username -> accounts.find(username)
                .map(a -> User.withUsername(a.username())
                        .password(a.passwordHash())
                        .roles(java.util.Arrays.stream(Role.values()).filter(a.role()::includes).map(Role::name)
                                .toArray(String[]::new))
                        .accountLocked(accounts.locked(a))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Bean
    PasswordEncoder passwordEncoder(AccountService accounts) {
        return accounts.encoder();
    }

}
