"""OCOP stamp toolkit: stamp codes, QR rendering (SVG, PNG) and A4 print sheets."""
