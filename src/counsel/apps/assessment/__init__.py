"""Between the database and the rules engine: the policy in force and the year's inputs."""
