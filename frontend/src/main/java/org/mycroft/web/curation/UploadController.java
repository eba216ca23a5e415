package org.mycroft.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.mycroft.curation.cases.CaseFields;
import org.mycroft.curation.upload.JudgmentReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /curation/cases/upload}: a judgment (PDF, DOCX, HTML…) is read and tagged by the ingest
 * pipeline, and the case form comes back pre-filled with the suggestions; saving it makes the draft.
 */
@Controller
record UploadController(ObjectProvider<JudgmentReader> reader, CurationPages pages, CaseFormView forms) {

    @GetMapping("/curation/cases/upload")
    ModelAndView uploadForm(HttpServletRequest request, HttpServletResponse response) {
        return pages.view("curation/upload", request, response);
    }

    @PostMapping("/curation/cases/upload")
    ModelAndView upload(@RequestParam("file") MultipartFile file, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        CaseFields suggested;
        try (InputStream in = file.getInputStream()) {
            suggested = reader.getObject().read(in, file.getOriginalFilename());
        } catch (JudgmentReader.UnreadableJudgmentException e) {
            ModelAndView view = pages.view("curation/upload", request, response);
            view.addObject("unreadable", true);
            view.setStatus(HttpStatus.BAD_REQUEST);
            return view;
        }
        ModelAndView view = pages.view("curation/form", request, response);
        view.addObject("form", forms.build("/curation/cases" + CaseController.langQuery(request), CaseForm.suggested(suggested),
                List.of(), CaseController.lang(request)));
        view.addObject("suggested", true);
        return view;
    }
}
