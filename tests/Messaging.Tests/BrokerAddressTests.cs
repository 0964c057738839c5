using AlliancePlatform.ServiceDefaults.Messaging;

namespace AlliancePlatform.Messaging.Tests;

public class BrokerAddressTests
{
    [Fact]
    public void Parse_ReadsEveryPartOfTheAppHostsConnectionString()
    {
        var address = BrokerAddress.Parse("amqp://alliance:s3cr%40t@127.0.0.1:55672/platform");

        Assert.Equal(new BrokerAddress("127.0.0.1", 55672, "platform", "alliance", "s3cr@t"), address);
    }

    [Fact]
    public void Parse_UsesTheDefaultsRabbitMqUses()
    {
        Assert.Equal(new BrokerAddress("localhost", 5672, "/", "guest", "guest"), BrokerAddress.Parse("amqp://localhost"));
    }

    [Fact]
    public void Parse_RefusesSomethingThatIsNotAnAmqpAddress()
    {
        Assert.Throws<FormatException>(() => BrokerAddress.Parse("http://localhost:5672"));
    }
}
