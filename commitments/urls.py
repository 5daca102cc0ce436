"""The app's own pages outside the admin and the API; tracker/urls.py includes them under reminders/."""

from django.urls import path

from .views import opt_out

urlpatterns = [path("opt-out/<str:token>/", opt_out, name="reminder-opt-out")]
