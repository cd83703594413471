"""qa-toolkit: offline first-pass QA of recorded contact-centre calls."""

__version__ = "0.1.0"
