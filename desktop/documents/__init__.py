"""Official documents in the Decree 30/2020 format (UBND) and the Party format of
Hướng dẫn 36-HD/VPTW (Đảng ủy, Ban Thường vụ, Ban Chỉ đạo): one model, two writers.

- ``model``: the document model (``Document`` of ``Section`` s holding ``HeaderBlock``,
  ``TitleBlock``, ``Paragraph``, ``Rule``, ``Table``, ``SignatureBlock``) and builder helpers;
- ``formats``: the presentation rules, one versioned table per format (``nd30-2020``,
  ``36-HD-VPTW-2018``), chosen by the plan's issuing body and the document's date
  (``rules_for``), and the Party header, number, signature and recipients;
- ``build_plan.build_plan(plan)`` / ``build_report.build_report(plan, period)``: ORM to model
  (``issuer=`` overrides ``Plan.issuer``);
- ``docx_writer.write_docx(doc)`` (python-docx; Word styles in Vietnamese) and
  ``pdf_writer.write_pdf(doc)`` (reportlab canvas; tables and plain paragraphs laid out by the
  program's own line breaking, embedded serif face, the empty ``/Sig`` fields of the leader and
  the organisation over the signer's space, written by ``sigfield`` without any signing library);
- ``render``: ``render(document, fmt)`` (bytes of either writer); which plan or report, and the
  file it goes to, are chosen in ``desktop.services.documents`` (documents/ opens no session);
- ``signing``: ``sign_pdf`` (PKCS#12, pyHanko, signature and seal images), ``verify_pdf``
  (pyHanko's validation and difference analysis, Vietnam time) and the trust folder.

No Qt and no store here; writers are imported lazily by ``render``.
"""
