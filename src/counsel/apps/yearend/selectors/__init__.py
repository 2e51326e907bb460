"""Reading the year end: runs of the engine, versions, ranking rows scoped by role."""
