"""The kiosk blueprint."""
