"""Public pages: home, products, producers, tourism."""
