"""HTML audit reports: per-call pages, the team dashboard, agent and compliance pages."""

from qa_toolkit.report.render import ReportOptions, render_call_page, render_index, render_out_dir

__all__ = ["ReportOptions", "render_call_page", "render_index", "render_out_dir"]
