package org.mycroft.web.document;

import jakarta.servlet.http.HttpServletRequest;
import org.mycroft.api.document.DocumentService;
import org.mycroft.api.system.NotFoundException;
import org.mycroft.web.system.LayoutFactory;
import org.mycroft.web.system.UiLocaleResolver;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** {@code /documents/{id}}: one provision or case, the twin of {@code /api/documents/{id}}. */
@Controller
class DocumentPageController {

    private final DocumentService documents;
    private final DocumentPageAssembler assembler;
    private final LayoutFactory layouts;

    DocumentPageController(DocumentService documents, DocumentPageAssembler assembler, LayoutFactory layouts) {
        this.documents = documents;
        this.assembler = assembler;
        this.layouts = layouts;
    }

    @GetMapping("/documents/{id}")
    ModelAndView document(@PathVariable String id, HttpServletRequest request) {
        var doc = documents.find(id).orElseThrow(() -> new NotFoundException("No document with id '" + id + "'."));
        String uiLang = UiLocaleResolver.resolveLanguage(request);
        DocumentPage page = assembler.assemble(doc, uiLang, UiLocaleResolver.explicitLanguage(request));
        ModelAndView view = new ModelAndView("document/document");
        view.addObject("ui", layouts.create(request).withJson(page.jsonHref()));
        view.addObject("doc", page);
        return view;
    }
}
