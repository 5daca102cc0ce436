from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from commitments.admin.clerk_feedback import urlpatterns as clerk_feedback_urls

urlpatterns = [
    # Before the admin site: its catch-all would otherwise answer these paths.
    path("admin/", include(clerk_feedback_urls)),
    path("admin/", admin.site.urls),
    path("api/v1/", include("commitments.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    path("api/", RedirectView.as_view(url="/api/v1/", permanent=False)),
    path("reminders/", include("commitments.urls")),
]
