"""The portal blueprint."""
