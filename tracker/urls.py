from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("commitments.api.urls")),
    path("api/", RedirectView.as_view(url="/api/v1/", permanent=False)),
    path("reminders/", include("commitments.reminder_views")),
]
