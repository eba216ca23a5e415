package org.mycroft.web.curation;

import org.mycroft.curation.Role;
import org.mycroft.curation.account.AccountService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what. Every GET that exists today (pages, JSON API, CSV) stays public and needs no
 * session; the curators' workspace under {@code /curation} needs a signed-in account, and each
 * write is checked again by role in the curation workflow. CSRF protection is Spring Security's
 * default: every POST (only the login, logout and curation forms exist) must carry the token; the
 * read-only JSON API only has GETs, which CSRF leaves alone.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

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
