"""promptscrub: redact secrets, personal data and company internals before text goes to an AI model."""

__version__ = "0.1.0"
