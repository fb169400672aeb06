"""The trace blueprint."""
