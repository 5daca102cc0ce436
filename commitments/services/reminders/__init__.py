"""Reminders about due and overdue commitments: schedule.py (when, as pure date arithmetic),
planning.py (who gets which items today) and sending.py (each digest claimed, sent once, marked).
The daily run is `sending.run`, called by the task `commitments.tasks.send_reminders` and by
`manage.py send_reminders`."""
