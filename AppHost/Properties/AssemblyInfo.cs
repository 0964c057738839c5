using System.Runtime.Versioning;

// Local mode runs Debian's PostgreSQL and RabbitMQ packages: the AppHost targets Linux.
[assembly: UnsupportedOSPlatform("windows")]
