"""One module per rule type; ``qa_toolkit.rules.registry`` lists them."""
