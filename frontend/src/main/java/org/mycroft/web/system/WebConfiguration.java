package org.mycroft.web.system;

import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.ValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.TemplateLoader;
import com.github.jknack.handlebars.springmvc.HandlebarsViewResolver;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wiring of the HTML pages: Handlebars views under {@code classpath:/templates/}, the
 * {@code {{t}}} message helper, the UI language resolver ({@code lang} parameter, then
 * Accept-Language) and the security headers of the pages.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:mycroft-web-defaults.properties")
public class WebConfiguration implements WebMvcConfigurer {

    /** Paths of the pages rendered by this module (the JSON API keeps its own headers). */
    static final String[] PAGE_PATHS = {"/", "/search", "/documents/**", "/error",
            "/articles", "/articles/**", "/compare", "/compare.csv", "/coverage", "/coverage.csv", "/countries/**"};

    private final MessageSource messages;
    private final PageRequest.Resolver pageRequests;

    WebConfiguration(Workbench workbench, MessageSource messages) {
        this.messages = messages;
        this.pageRequests = new PageRequest.Resolver(workbench, messages);
    }

    @Bean
    HandlebarsViewResolver handlebarsViewResolver() {
        HandlebarsViewResolver resolver = new HandlebarsViewResolver() {
            @Override
            protected Handlebars createHandlebars(TemplateLoader loader) {
                // HBS3 escapes & < > " ' ` (every attribute is quoted, so "=" may stay readable in
                // URLs); pretty print drops the blank lines that block tags alone on a line leave.
                return super.createHandlebars(loader).with(EscapingStrategy.HBS3).prettyPrint(true);
            }
        };
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix(".hbs");
        resolver.setOrder(0);
        resolver.setCharset(StandardCharsets.UTF_8);
        resolver.setContentType("text/html;charset=UTF-8");
        resolver.setFailOnMissingFile(false);
        // Maps (the model), JavaBeans and record accessors; views only ever see view-model records.
        resolver.setValueResolvers(new ValueResolver[] {
                MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE, MethodValueResolver.INSTANCE});
        resolver.registerHelper(MessageHelper.NAME, new MessageHelper(messages));
        return resolver;
    }

    /** Replaces Spring Boot's Accept-Language-only resolver: {@code ?lang=} wins, for bookmarkable pages. */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new UiLocaleResolver();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(pageRequests);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PageHeadersInterceptor()).addPathPatterns(PAGE_PATHS);
    }
}
