"""Official documents in the Decree 30/2020 format: one model, two writers.

- ``model``: the document model (``Document`` of ``Section`` s holding ``HeaderBlock``,
  ``TitleBlock``, ``Paragraph``, ``Rule``, ``Table``, ``SignatureBlock``) and builder helpers;
- ``build_plan.build_plan(plan)`` / ``build_report.build_report(plan, period)``: ORM to model;
- ``docx_writer.write_docx(doc)`` (python-docx) and ``pdf_writer.write_pdf(doc)`` (reportlab,
  embedded serif face, an empty ``/Sig`` field over the signer's space);
- ``service``: ``generate_plan``, ``generate_report`` (atomic files), ``render_plan``,
  ``render_report``, ``render`` (bytes);
- ``signing``: ``sign_pdf`` (PKCS#12, pyHanko, visible appearance) and ``verify_pdf``.

No Qt here; writers are imported lazily by the service.
"""
