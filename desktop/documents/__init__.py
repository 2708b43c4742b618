"""Official documents in the Decree 30/2020 format: one model, two writers.

- ``model``: the document model (``Document`` of ``Section`` s holding ``HeaderBlock``,
  ``TitleBlock``, ``Paragraph``, ``Rule``, ``Table``, ``SignatureBlock``) and builder helpers;
- ``build_plan.build_plan(plan)`` / ``build_report.build_report(plan, period)``: ORM to model;
- ``docx_writer.write_docx(doc)`` (python-docx) and ``pdf_writer.write_pdf(doc)`` (reportlab,
  embedded serif face, the empty ``/Sig`` fields of the leader and the organisation over the
  signer's space, written by ``sigfield`` without any signing library);
- ``service``: ``generate_plan``, ``generate_report`` (atomic files), ``render_plan``,
  ``render_report``, ``render`` (bytes);
- ``signing``: ``sign_pdf`` (PKCS#12, pyHanko, signature and seal images), ``verify_pdf``
  (pyHanko's validation and difference analysis, Vietnam time) and the trust folder.

No Qt here; writers are imported lazily by the service.
"""
