"""The search blueprint."""
