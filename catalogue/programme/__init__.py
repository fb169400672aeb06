"""Programme progress against the plan targets, reports."""
